/**
 * Source documents → the linked {@link org.okrsite.model.Model}: recognises each document's kind,
 * reads its fields with positions, builds the organisation (declared or inferred), gives every
 * objective an id and resolves references (owners, parents, check-in KR ids), reporting what does
 * not resolve. Private and draft documents are validated here, then left out of the model.
 */
package org.okrsite.link;
