/**
 * A pretend serial scanner for demos and tests without hardware: socat makes a pseudo-terminal that the
 * kiosk opens like a real scanner's port. Linux and macOS only.
 */
package vn.tiepdon.scan.sim;
