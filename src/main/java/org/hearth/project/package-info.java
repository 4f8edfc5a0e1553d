/**
 * Neighbourhood projects: where a campaign meets a community (province or territory, municipality,
 * neighbourhood). Public content is organized organization, then project.
 */
package org.hearth.project;
