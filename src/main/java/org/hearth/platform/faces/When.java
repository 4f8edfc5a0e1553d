package org.hearth.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moments as the studio shows them ({@code #{when.of(instant)}}): to the minute, in UTC, said so. */
@Named("when")
@ApplicationScoped
public class When {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    public String of(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
