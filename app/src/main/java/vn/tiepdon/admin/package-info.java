/**
 * The kiosk's admin side: who may open the admin screen (a PIN kept as a slow hash, guesses limited). Pure:
 * no screen, no file.
 */
package vn.tiepdon.admin;
