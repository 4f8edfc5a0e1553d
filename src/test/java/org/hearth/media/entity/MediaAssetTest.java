package org.hearth.media.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.hearth.shared.Reason;
import org.junit.jupiter.api.Test;

class MediaAssetTest {

    final Instant now = Instant.parse("2026-12-03T10:00:00Z");

    MediaAsset image() {
        return new MediaAsset(null, MediaKind.IMAGE, "image/jpeg", "photo.jpg", 1000, "a".repeat(64), 1600, 900, "staff", now);
    }

    static List<String> codes(MediaAsset asset) {
        return asset.publicationReasons().stream().map(Reason::code).toList();
    }

    @Test
    void aNewUploadIsNeitherServableNorFitToPublish() {
        MediaAsset asset = image();
        assertFalse(asset.isServable());
        assertEquals(List.of("media-not-ready", "media-alt-missing", "media-imagery-unchecked"), codes(asset));
    }

    @Test
    void aReadyDescribedCheckedImageMayBePublished() {
        MediaAsset asset = image();
        asset.ready(List.of(new Rendition("full", "b".repeat(64), "image/jpeg", 1600, 900, 500)), 1600, 900, now);
        asset.describe(new MediaDescription("Two mugs on a table.", false, null, null, null, null, List.of(), true), "editor", now);
        assertTrue(asset.isServable());
        assertEquals(List.of(), codes(asset));
        assertEquals("editor", asset.imageryCheckedBy());
    }

    @Test
    void aDecorativeImageNeedsNoAltText() {
        MediaAsset asset = image();
        asset.describe(new MediaDescription(null, true, null, null, null, null, List.of(), true), "editor", now);
        assertFalse(codes(asset).contains("media-alt-missing"));
    }

    @Test
    void videoAndAudioNeedATranscriptAndDocumentsNoImageryCheck() {
        MediaAsset audio = new MediaAsset(null, MediaKind.AUDIO, "audio/wav", "tone.wav", 10, "c".repeat(64), 0, 0, "s", now);
        assertTrue(codes(audio).contains("media-transcript-missing"));
        assertFalse(codes(audio).contains("media-imagery-unchecked"));
        MediaAsset pdf = new MediaAsset(null, MediaKind.DOCUMENT, "application/pdf", "f.pdf", 10, "d".repeat(64), 0, 0, "s", now);
        assertEquals(List.of("media-not-ready"), codes(pdf));
    }

    @Test
    void theImageryCheckKeepsWhoConfirmedItFirstAndIsClearedWhenUnticked() {
        MediaAsset asset = image();
        asset.describe(new MediaDescription("x", false, null, null, null, null, List.of(), true), "first", now);
        asset.describe(new MediaDescription("y", false, null, null, null, null, List.of(), true), "second", now.plusSeconds(5));
        assertEquals("first", asset.imageryCheckedBy());
        asset.describe(new MediaDescription("y", false, null, null, null, null, List.of(), false), "second", now);
        assertEquals(null, asset.imageryCheckedAt());
    }

    @Test
    void aWithdrawnAssetGivesUpItsFilesAndNeverComesBack() {
        MediaAsset asset = image();
        asset.ready(List.of(new Rendition("full", "b".repeat(64), "image/jpeg", 1600, 900, 500)), 1600, 900, now);
        List<String> released = asset.withdraw(now);
        assertEquals(List.of("b".repeat(64), "a".repeat(64)), released, "the rendition and the private original");
        assertFalse(asset.isServable());
        assertEquals(List.of("media-withdrawn"), codes(asset));
        asset.ready(List.of(new Rendition("full", "e".repeat(64), "image/jpeg", 1, 1, 1)), 1, 1, now);
        assertFalse(asset.isServable(), "a late rendition does not bring it back");
    }

    @Test
    void publicIdsAreRandom() {
        assertNotEquals(image().publicId(), image().publicId());
        assertFalse(image().publicId().matches("\\d+"));
    }
}
