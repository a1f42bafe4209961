package org.leadsurvey.report;

/**
 * Output formats of {@code network}: those of {@code analyze}, plus Graphviz (within teams
 * only).
 */
public enum NetworkFormat { TABLE, JSON, CSV, MD, HTML, DOT }
