/**
 * The kiosk's spoken guidance in Vietnamese.
 *
 * <p>{@link vn.tiepdon.kiosk.voice.Prompt} names what is said at each step and which screen texts it says;
 * {@link vn.tiepdon.kiosk.voice.Speaker} says it ({@code Speaker.open(settings.voice())}: recorded clips played
 * with {@code javax.sound.sampled}, or silence); {@link vn.tiepdon.kiosk.voice.VoiceGuide} listens to the
 * {@link vn.tiepdon.kiosk.KioskFlow} and decides when. The clips are WAV files (16 kHz, mono, 16-bit) made once
 * by {@code packaging/voice/make-clips} with a speech engine and shipped as resources, so the kiosk PC runs no
 * speech engine. Nothing here may reach the screens' toolkit: the kiosk's screens wire it in.
 */
package vn.tiepdon.kiosk.voice;
