// subset-font ships no types; this is the part of its API the build uses (src/integrations/fonts.ts).
declare module 'subset-font' {
	interface SubsetOptions {
		targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
		noHinting?: boolean;
		preserveNameIds?: number[];
	}
	export default function subsetFont(
		font: Uint8Array,
		text: string,
		options?: SubsetOptions,
	): Promise<Buffer>;
}
