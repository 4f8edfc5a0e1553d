/**
 * The media library: images, video, audio and PDF documents, typed from their bytes, stripped of
 * every byte of metadata, stored content-addressed, described (alt text, caption, credit, licence,
 * transcript, the people it shows and their consents, the safe-imagery check) and served as public
 * renditions only while published content uses them. Stories, media kits and youth submissions use
 * it through {@link org.hearth.media.boundary.MediaLibrary}; a withdrawn consent takes its assets
 * down through the consent component's event.
 */
package org.hearth.media;
