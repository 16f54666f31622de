package org.okrsite.model;

/** A handbook page from {@code docs/}: Markdown published in the documentation section. */
public record Doc(String id, String title, int weight, String markdown, String path) {}
