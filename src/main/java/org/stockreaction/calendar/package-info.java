/**
 * Calendar: the trading calendar (the benchmark's dates), day 0 from an event time, relative-day windows, and prices and returns placed on the calendar.
 */
package org.stockreaction.calendar;
