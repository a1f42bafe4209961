package org.leadsurvey.report;

/** Output formats of {@code analyze}. */
public enum ReportFormat { TABLE, JSON, CSV, MD, HTML, XLSX }
