package org.hearth.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void theChainRunsFromWhatWasThrownToItsRoot() {
        IllegalStateException root = new IllegalStateException("root");
        RuntimeException middle = new RuntimeException(root);
        RuntimeException top = new RuntimeException(middle);
        assertEquals(List.of(top, middle, root), Causes.of(top).toList());
        assertSame(root, Causes.find(top, IllegalStateException.class).orElseThrow());
        assertTrue(Causes.find(top, IllegalArgumentException.class).isEmpty());
    }

    @Test
    void aLoopInTheChainEndsIt() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertEquals(List.of(first, second), Causes.of(first).toList());
        assertTrue(Causes.find(first, IllegalStateException.class).isEmpty());
    }

    @Test
    void theFirstMatchIsTheOuterOne() {
        RuleViolationException inner = new RuleViolationException("inner", "inner");
        RuleViolationException outer = new RuleViolationException("outer", "outer");
        outer.initCause(new RuntimeException(inner));
        assertSame(outer, Causes.find(outer, BusinessException.class).orElseThrow());
    }
}
