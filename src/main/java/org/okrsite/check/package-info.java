/**
 * Validation over the linked model, the severity policy ({@code rules:} in {@code site.yaml} and
 * {@code --strict}), and the reports of problems for people and machines: text, JSON, GitHub
 * Actions annotations, JUnit XML and SARIF 2.1.0.
 */
package org.okrsite.check;
