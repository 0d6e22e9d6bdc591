// Small DOM and formatting helpers shared by the page's modules.
export const STATE_TEXT = {
    quiet: 'quiet', seizure: 'seizure', signal_problem: 'signal problem', agent_offline: 'agent offline',
    no_data: 'no data',
};

export const $ = id => document.getElementById(id);

export function text(tag, className, content) {
    const element = document.createElement(tag);
    if (className) {
        element.className = className;
    }
    element.textContent = content ?? '';
    return element;
}

export function since(ms) {
    if (ms === null || ms === undefined) {
        return 'no events';
    }
    const seconds = Math.max(0, Math.round((Date.now() - ms) / 1000));
    if (seconds < 60) {
        return 'last event ' + seconds + ' s ago';
    }
    if (seconds < 3600) {
        return 'last event ' + Math.floor(seconds / 60) + ' min ago';
    }
    return 'last event ' + Math.floor(seconds / 3600) + ' h ago';
}

export function probability(p) {
    return p === null || p === undefined ? '–' : p.toFixed(2);
}

export function time(us) {
    return new Date(us / 1000).toLocaleString();
}

export function isAlarm(event) {
    return event.priority === 'high' || event.priority === 'medium';
}
