/** A 16:9 slide, in px: the size every slide export is made at (PNG at twice that). */
export const SLIDE_SIZE = { width: 1920, height: 1080 } as const;
