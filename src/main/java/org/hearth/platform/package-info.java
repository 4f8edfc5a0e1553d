/**
 * What every component stands on and none owns: configuration, the data source and migrations,
 * REST plumbing, health, encryption at rest, mail, and the studio's Faces plumbing (routing,
 * texts, PrimeFaces' CSP mode). Each concern is a sub-package.
 */
package org.hearth.platform;
