// Small fetch helpers: same-origin only, JSON, the session's CSRF token on every POST.
let csrf = null;

export function setCsrf(token) {
    csrf = token;
}

export async function getJson(url) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (response.status === 401) {
        location.href = '/login.html';
        throw new Error('not logged in');
    }
    if (!response.ok) {
        throw new Error(url + ': ' + response.status);
    }
    return response.json();
}

export async function postJson(url, body) {
    const headers = { 'Content-Type': 'application/json' };
    if (csrf) {
        headers['X-CSRF-Token'] = csrf;
    }
    const response = await fetch(url, {
        method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify(body ?? {}),
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    return { status: response.status, json };
}
