package org.hearth.media.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Takes up, when the web application starts (after the start-up singleton has migrated and
 * seeded), the media work a stop or a crash cut short.
 */
@WebListener
public class MediaResume implements ServletContextListener {

    @Inject
    MediaLibrary library;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        library.resumeUnfinished();
    }
}
