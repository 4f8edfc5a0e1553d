package org.hearth.site.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which readers get the compressed page. */
class PageValidatorsTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL                    | false",
            "identity                | false",
            "gzip, deflate, br, zstd | true",
            "br;q=1.0, gzip;q=0.8    | true",
            "GZIP                    | true",
            "gzip;q=0                | false",
            "gzip; q=0.000           | false",
            "*                       | true",
            "deflate                 | false"})
    void gzipIsSentOnlyToThoseWhoAcceptIt(String acceptEncoding, boolean gzip) {
        assertEquals(gzip, PageValidators.acceptsGzip(acceptEncoding));
    }
}
