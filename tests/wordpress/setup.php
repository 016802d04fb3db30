<?php
/*
 * Installs a fresh WordPress (Debian's) into an empty database and publishes one post per
 * chart address given, made of the address as a journalist pastes it into the block editor
 * (which saves an embed block around it), and, for the first address, one more post made
 * of the address alone on its line, as the classic editor keeps it. Prints the posts as
 * JSON ({post, chart, editor}). Run with PHP's CLI; no wp-cli (Debian has none).
 * Usage: php setup.php <wordpress url> <chart url>...
 */
$wp_url = $argv[1];
$charts = array_slice( $argv, 2 );
$parts = parse_url( $wp_url );
$_SERVER['HTTP_HOST'] = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require getenv( 'WP_ROOT' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'Newsroom', 'editor', 'editor@example.test', false, '', 'not-a-real-password' );
update_option( 'siteurl', $wp_url );
update_option( 'home', $wp_url );
$user = get_user_by( 'login', 'editor' );
$posts = array();
$publish = function ( $title, $content ) use ( $user, $wp_url ) {
	$id = wp_insert_post(
		array(
			'post_title'   => $title,
			'post_content' => $content,
			'post_status'  => 'publish',
			'post_author'  => $user->ID,
		)
	);
	return $wp_url . '/?p=' . $id;
};
foreach ( $charts as $i => $chart ) {
	// What the block editor saves when an address is pasted on an empty line.
	$block = '<!-- wp:embed {"url":"' . $chart . '","type":"rich","providerNameSlug":"explainer"} -->'
		. "\n" . '<figure class="wp-block-embed is-type-rich is-provider-explainer wp-block-embed-explainer"><div class="wp-block-embed__wrapper">'
		. "\n" . $chart . "\n" . '</div></figure>' . "\n" . '<!-- /wp:embed -->';
	$content = "<!-- wp:paragraph -->\n<p>Text before the chart.</p>\n<!-- /wp:paragraph -->\n\n" . $block
		. "\n\n<!-- wp:paragraph -->\n<p>Text after the chart.</p>\n<!-- /wp:paragraph -->";
	$posts[] = array( 'post' => $publish( 'Article ' . ( $i + 1 ), $content ), 'chart' => $chart, 'editor' => 'block' );
}
// The classic editor: the address alone on its line (WP_Embed::autoembed).
$posts[] = array(
	'post'   => $publish( 'Classic article', "Text before the chart.\n\n" . $charts[0] . "\n\nText after the chart." ),
	'chart'  => $charts[0],
	'editor' => 'classic',
);
echo json_encode( $posts );
