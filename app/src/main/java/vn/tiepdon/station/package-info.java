/**
 * The stations of a hospital's reception, each one process with one lifecycle (open, run, close): the
 * {@link vn.tiepdon.station.Kiosk} at the entrance, the {@link vn.tiepdon.station.ReceptionDesk} that issues a
 * ticket for a patient who cannot use it ({@code tiepdon ticket issue}), and the
 * {@link vn.tiepdon.station.CashierStation}. This is where the domain meets its adapters: each station opens the
 * SQLite store, the devices and the payment API, plugs them into the domain's ports, and runs all its periodic work
 * on one scheduler. {@code cli} parses a command line and calls a station; nothing else builds one.
 */
package vn.tiepdon.station;
