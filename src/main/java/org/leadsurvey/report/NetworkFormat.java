package org.leadsurvey.report;

/**
 * Output formats of {@code network}: those of {@code analyze}, plus Graphviz. Within teams:
 * table, json, csv, md, dot; across the organisation: table, json, csv, md, html.
 */
public enum NetworkFormat { TABLE, JSON, CSV, MD, DOT, HTML }
