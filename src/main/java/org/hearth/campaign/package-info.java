/**
 * Campaigns: stories and media kits grouped across projects and audiences over a date range,
 * such as National Human Trafficking Awareness Day on February 22.
 */
package org.hearth.campaign;
