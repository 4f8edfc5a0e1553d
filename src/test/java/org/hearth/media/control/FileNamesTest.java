package org.hearth.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void directoriesAreDropped() {
        assertEquals("passwd", FileNames.clean("../../etc/passwd"));
        assertEquals("boot.ini", FileNames.clean("..\\..\\windows\\boot.ini"));
        assertEquals("file", FileNames.clean("../"));
        assertEquals("file", FileNames.clean(".."));
    }

    @Test
    void controlCharactersAndNulAreDropped() {
        assertEquals("photo.jpg.exe", FileNames.clean("photo.jpg\0.exe"));
        assertEquals("a b.png", FileNames.clean("a\r\n\tb.png"));
    }

    @Test
    void bidirectionalOverridesAreDropped() {
        assertEquals("invoicegpj.exe", FileNames.clean("invoice\u202Egpj.exe"));
        assertEquals("ab.pdf", FileNames.clean("\u2066a\u200Eb\u2069.pdf"));
    }

    @Test
    void whitespaceIsTrimmedAndCollapsed() {
        assertEquals("my holiday photo.jpg", FileNames.clean("   my   holiday\u00A0 photo.jpg  "));
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String cleaned = FileNames.clean("a".repeat(300) + ".jpeg");
        assertEquals(120, cleaned.length());
        assertTrue(cleaned.endsWith("a.jpeg"));
        assertEquals(120, FileNames.clean("b".repeat(300)).length());
    }

    @Test
    void surrogatePairsAreNotSplit() {
        String cleaned = FileNames.clean("😀".repeat(200));
        assertEquals(120, cleaned.codePointCount(0, cleaned.length()));
    }

    @Test
    void emptyAndMissingNamesBecomeFile() {
        assertEquals("file", FileNames.clean(""));
        assertEquals("file", FileNames.clean("   "));
        assertEquals("file", FileNames.clean("\u202E\0"));
        assertEquals("file", FileNames.clean(null));
    }

    @Test
    void ordinaryNamesAreKept() {
        assertEquals("Témoignage — Marie.pdf", FileNames.clean("Témoignage — Marie.pdf"));
    }
}
