package org.hearth.media.boundary;

import java.io.InputStream;

/** One file as it arrives: the name and type the client gave (neither is trusted) and its bytes. */
public record Upload(String filename, String claimedType, InputStream content) {
}
