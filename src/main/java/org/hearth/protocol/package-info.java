/**
 * Local service protocols: each neighbourhood project's referral pathway, step by step ("if someone
 * may be in immediate danger, call 911"; "with their consent, call the hotline"), each step
 * optionally pointing at a service of the directory, with the project's consent and safety rules.
 * Written, reviewed and published like a story, in English and French, printable and as a PDF.
 */
package org.hearth.protocol;
