/**
 * What the staff studio's Faces pages share: the routing of its clean addresses to views and the
 * rule that only signed-in staff get past the sign-in page.
 */
package org.hearth.platform.faces;
