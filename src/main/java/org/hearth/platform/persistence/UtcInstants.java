package org.hearth.platform.persistence;

import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * Maps every {@link Instant} attribute to a UTC {@code DATETIME(6)} column, the same on H2 and
 * MySQL whatever the server's or the JVM's zone.
 *
 * <p>Instants are written as text ({@code 2026-11-02 14:00:00.123456}) on purpose: MySQL Connector/J
 * drops the fractional seconds of temporal parameters for servers that announce themselves as
 * older than MySQL 5.6.4, which MariaDB 10 does ("5.5.5-10.x"); the server parses text itself and
 * keeps them. Reads accept whatever temporal type the driver returns.
 */
public class UtcInstants implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectToFieldMapping direct && isInstant(descriptor.getJavaClass(), mapping.getAttributeName())) {
                    direct.setConverter(new Column());
                }
            }
        }
    }

    private static boolean isInstant(Class<?> type, String attribute) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(attribute);
                return field.getType() == Instant.class;
            } catch (NoSuchFieldException e) {
                // Declared further up.
            }
        }
        return false;
    }

    /** The conversion itself, kept free of sessions so that it can be tested alone. */
    public static final class Column implements Converter {

        private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

        public static String toColumn(Instant instant) {
            return instant == null ? null : TEXT.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }

        public static Instant fromColumn(Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof LocalDateTime local) {
                return local.toInstant(ZoneOffset.UTC);
            }
            if (value instanceof Timestamp timestamp) {
                return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
            }
            return LocalDateTime.parse(value.toString().strip().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        }

        @Override
        public Object convertObjectValueToDataValue(Object objectValue, Session session) {
            return objectValue instanceof Instant instant ? toColumn(instant) : objectValue;
        }

        @Override
        public Object convertDataValueToObjectValue(Object dataValue, Session session) {
            return fromColumn(dataValue);
        }

        @Override
        public boolean isMutable() {
            return false;
        }

        @Override
        public void initialize(DatabaseMapping mapping, Session session) {
            ((DirectToFieldMapping) mapping).getField().setType(String.class);
        }
    }
}
