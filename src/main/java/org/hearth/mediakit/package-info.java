/**
 * Media kits and training kits: campaign toolkits of typed items (media assets from the library
 * and Markdown texts) that partners download as one streamed ZIP with a README manifest. Kits
 * follow the story workflow, pass the consent gate for the {@code mediaKits} channel, and lose an
 * item the moment its consent no longer covers it, telling the partners who downloaded it.
 */
package org.hearth.mediakit;
