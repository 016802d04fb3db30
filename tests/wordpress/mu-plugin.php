<?php
/*
 * Must-use plugin for the WordPress test only: lets this WordPress fetch oEmbed from the
 * explainer site on loopback, which WordPress refuses by default (wp_http_validate_url
 * rejects local hosts and ports other than 80, 443 and 8080). Nothing else is changed: the
 * embed goes through WordPress's own discovery, filtering (wp_filter_oembed_result) and
 * sandboxing, as for any site a journalist pastes. EXPLAINER_SITE_PORT is set in wp-config.
 */
add_filter( 'http_request_host_is_external', '__return_true' );
add_filter(
	'http_allowed_safe_ports',
	function ( $ports ) {
		$ports[] = EXPLAINER_SITE_PORT;
		return $ports;
	}
);
