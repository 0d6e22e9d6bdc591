// Alarms as a patient monitor shows them (IEC 60601-1-8 conventions, no claim of compliance):
// high priority (seizure) red, flashing at 2 Hz, a 10-pulse burst repeated; medium priority (technical) yellow,
// slower flash, a 3-pulse burst. Every alarm stays latched until a person acknowledges it. Audio can be paused
// for a limited time with a visible countdown; a high-priority alarm that arrives during the pause sounds anyway.

const HIGH_PULSES = [0, 0.25, 0.5, 1.0, 1.25, 2.0, 2.25, 2.5, 3.0, 3.25];
const MEDIUM_PULSES = [0, 0.4, 0.8];
const HIGH_REPEAT_MS = 7000;
const MEDIUM_REPEAT_MS = 18000;

class AlarmSound {
    constructor(enableButton) {
        this.context = null;
        this.enableButton = enableButton;
        enableButton.addEventListener('click', () => this.enable());
        this.showButton();
    }

    enable() {
        if (!this.context) {
            this.context = new AudioContext();
        }
        this.context.resume().finally(() => this.showButton());
    }

    running() {
        return this.context !== null && this.context.state === 'running';
    }

    showButton() {
        this.enableButton.hidden = this.running();
    }

    play(pulses, frequencyHz, pulseSeconds) {
        if (!this.running()) {
            return;
        }
        const start = this.context.currentTime + 0.05;
        for (const offset of pulses) {
            const oscillator = this.context.createOscillator();
            const gain = this.context.createGain();
            const t = start + offset;
            oscillator.type = 'triangle';
            oscillator.frequency.value = frequencyHz;
            gain.gain.setValueAtTime(0, t);
            gain.gain.linearRampToValueAtTime(0.25, t + 0.02);
            gain.gain.setValueAtTime(0.25, t + pulseSeconds - 0.03);
            gain.gain.linearRampToValueAtTime(0, t + pulseSeconds);
            oscillator.connect(gain).connect(this.context.destination);
            oscillator.start(t);
            oscillator.stop(t + pulseSeconds);
        }
    }
}

export class Alarms {
    constructor({ banner, pauseButton, countdown, enableButton, pauseSeconds, canAcknowledge, onAcknowledge,
                  onChange }) {
        this.banner = banner;
        this.pauseButton = pauseButton;
        this.countdown = countdown;
        this.pauseSeconds = pauseSeconds;
        this.canAcknowledge = canAcknowledge;
        this.onAcknowledge = onAcknowledge;
        this.onChange = onChange;
        this.open = new Map();          // id -> { event, arrivedMs }
        this.pausedUntilMs = 0;
        this.pauseStartedMs = 0;
        this.nextHighMs = 0;
        this.nextMediumMs = 0;
        this.sound = new AlarmSound(enableButton);
        pauseButton.hidden = false;
        pauseButton.addEventListener('click', () => this.pause());
        setInterval(() => this.tick(), 250);
    }

    isAlarm(event) {
        return (event.priority === 'high' || event.priority === 'medium') && !event.acknowledged_by;
    }

    add(event) {
        if (!this.isAlarm(event) || this.open.has(event.id)) {
            return;
        }
        this.open.set(event.id, { event, arrivedMs: Date.now() });
        if (event.priority === 'high') {
            this.nextHighMs = 0;        // sound at once
        }
        this.render();
    }

    acknowledged(event) {
        if (this.open.delete(event.id)) {
            this.render();
        }
    }

    // The highest open priority for a subject key: 'high', 'medium' or null.
    latched(key) {
        let best = null;
        for (const { event } of this.open.values()) {
            if (event.key === key) {
                if (event.priority === 'high') {
                    return 'high';
                }
                best = 'medium';
            }
        }
        return best;
    }

    pause() {
        const now = Date.now();
        this.pausedUntilMs = now + this.pauseSeconds * 1000;
        this.pauseStartedMs = now;
        this.tick();
    }

    sounding(now) {
        const paused = now < this.pausedUntilMs;
        let high = false;
        let highThroughPause = false;
        let medium = false;
        for (const { event, arrivedMs } of this.open.values()) {
            if (event.priority === 'high') {
                high = true;
                highThroughPause ||= arrivedMs >= this.pauseStartedMs;
            } else {
                medium = true;
            }
        }
        if (high && (!paused || highThroughPause)) {
            return 'high';
        }
        return medium && !paused ? 'medium' : null;
    }

    tick() {
        const now = Date.now();
        const sounding = this.sounding(now);
        this.banner.dataset.sounding = sounding ?? 'none';
        if (sounding === 'high' && now >= this.nextHighMs) {
            this.sound.play(HIGH_PULSES, 880, 0.15);
            this.nextHighMs = now + HIGH_REPEAT_MS;
        } else if (sounding === 'medium' && now >= this.nextMediumMs) {
            this.sound.play(MEDIUM_PULSES, 660, 0.2);
            this.nextMediumMs = now + MEDIUM_REPEAT_MS;
        }
        const remaining = Math.ceil((this.pausedUntilMs - now) / 1000);
        this.countdown.hidden = remaining <= 0;
        this.pauseButton.disabled = remaining > 0;
        if (remaining > 0) {
            const text = Math.floor(remaining / 60) + ':' + String(remaining % 60).padStart(2, '0');
            this.countdown.textContent = 'audio paused ' + text + (sounding === 'high' ? ' (new alarm sounding)' : '');
        }
        this.sound.showButton();
    }

    render() {
        const items = [...this.open.values()].map(o => o.event)
            .sort((a, b) => (a.priority === b.priority ? b.received_ms - a.received_ms
                : a.priority === 'high' ? -1 : 1));
        this.banner.replaceChildren(...items.map(e => this.item(e)));
        this.banner.hidden = items.length === 0;
        this.onChange();
    }

    item(event) {
        const row = document.createElement('div');
        row.className = 'alarm ' + event.priority;
        row.dataset.id = event.id;
        const text = document.createElement('span');
        text.className = 'alarm-text';
        text.textContent = describe(event);
        row.append(text);
        if (this.canAcknowledge) {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'ack-button';
            button.dataset.id = event.id;
            button.textContent = 'Acknowledge';
            button.addEventListener('click', () => this.onAcknowledge(event.id));
            row.append(button);
        }
        return row;
    }
}

export function describe(event) {
    const what = event.kind === 'seizure_onset' ? 'SEIZURE' : event.kind.replaceAll('_', ' ').toUpperCase();
    const channel = event.channel === null ? '' : ' ch ' + event.channel
        + (event.channel_label ? ' ' + event.channel_label : '');
    const probability = event.kind.startsWith('seizure') ? ' p=' + event.peak_probability.toFixed(2) : '';
    const detail = event.detail ? ' (' + event.detail + ')' : '';
    return what + ' ' + event.subject + (event.simulated ? ' (simulated)' : '') + channel + probability
        + ' at ' + new Date(event.onset_us / 1000).toLocaleTimeString() + detail;
}
