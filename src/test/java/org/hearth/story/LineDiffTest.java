package org.hearth.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hearth.story.control.LineDiff;
import org.hearth.story.control.LineDiff.Line;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void showsKeptRemovedAndAddedLinesInOrder() {
        List<Line> diff = LineDiff.between("one\ntwo\nthree", "one\n2\nthree\nfour");
        assertEquals(List.of(new Line(" ", "one"), new Line("-", "two"), new Line("+", "2"), new Line(" ", "three"),
                new Line("+", "four")), diff);
    }

    @Test
    void emptySides() {
        assertEquals(List.of(new Line("+", "new")), LineDiff.between("", "new"));
        assertEquals(List.of(new Line("-", "old")), LineDiff.between("old", null));
    }
}
