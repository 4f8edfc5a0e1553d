package org.hearth.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.hearth.platform.crypto.SecretBox;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    final SecretBox box = new SecretBox(SecretBox.newKey());

    @Test
    void opensWhatItSealedAndHidesIt() {
        byte[] plain = "Maria Santos, 12 rue X".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = box.seal(plain);
        assertArrayEquals(plain, box.open(sealed));
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("Maria"));
        assertFalse(java.util.Arrays.equals(sealed, box.seal(plain)), "a fresh nonce every time");
    }

    @Test
    void aChangedByteOrAnotherKeyIsRefused() {
        byte[] sealed = box.seal(new byte[] {1, 2, 3});
        sealed[sealed.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> box.open(sealed));
        byte[] other = new SecretBox(SecretBox.newKey()).seal(new byte[] {1, 2, 3});
        assertThrows(IllegalStateException.class, () -> box.open(other));
        assertThrows(IllegalArgumentException.class, () -> new SecretBox(new byte[16]));
    }
}
