/**
 * Audiences: the communities content is adapted to (youth, Indigenous peoples, newcomers and
 * migrant workers, business, health providers, and more), with stable codes and bilingual labels.
 */
package org.hearth.audience;
