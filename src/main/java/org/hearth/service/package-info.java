/**
 * The provincial service directory: shelters, legal clinics, health and labour-rights services and
 * the other supports a reader, a nurse or a teacher can turn to, by province and municipality, with
 * languages, accessibility, who may refer and when someone last checked the entry. A shelter's
 * location is never stored. Story and project pages show the services local to them.
 */
package org.hearth.service;
