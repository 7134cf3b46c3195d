"""Affiliate Edge client for Python 3.8+, in one file and the standard library only.

Copy this file into your project. It reports conversions to ``POST /api/v1/conversions`` (signed, retried
with the same ``event_id``), asks for embed tokens of the referral dashboard (``POST /api/v1/embed-tokens``)
tells which affiliate's branded edition a host is (``resolve_edition``, cached for the API's max-age) and
verifies the platform's Standard Webhooks deliveries::

    from affiliate_edge import Client

    client = Client(api_key="ae_live_…", signing_secret="ae_sig_…", base_url="https://track.example.com")
    client.track_sale(event_id="order-1001", click_id=aff_click, amount=4900, currency="USD")
    iframe_src = client.create_embed_token(program_id, {"id": "42", "email": "anna@example.com"})["url"]

Tested against sdk/signature-vectors.json, which the Worker's own code is tested against too.
"""

import base64
import hashlib
import hmac
import json
import random
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

__version__ = "0.1.0"
__all__ = [
    "AffiliateEdgeError",
    "Client",
    "SIGNATURE_HEADER",
    "WebhookVerificationError",
    "sign_request",
    "signature_header",
    "verify_webhook",
]

SIGNATURE_HEADER = "X-AE-Signature"
_MAX_BACKOFF_SECONDS = 8.0
_WEBHOOK_SECRET_PREFIX = "whsec_"
_MAX_AGE = re.compile(r"(?:^|,)\s*max-age=(\d+)", re.IGNORECASE)
_MAX_CACHED_HOSTS = 1000


def _bytes(body):
    return body.encode("utf-8") if isinstance(body, str) else bytes(body)


def sign_request(secret, timestamp, body):
    """Lower-case hex HMAC-SHA256 keyed with the signing secret over ``<timestamp>.<body bytes>``."""
    message = str(int(timestamp)).encode("ascii") + b"." + _bytes(body)
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def signature_header(secret, timestamp, body):
    """The whole ``X-AE-Signature`` value: ``t=<unix seconds>,v1=<hex>``."""
    return "t=%d,v1=%s" % (int(timestamp), sign_request(secret, timestamp, body))


class AffiliateEdgeError(Exception):
    """A call that did not succeed.

    ``retryable`` errors (timeouts, network errors, 5xx after every retry, 429) may be sent again later; a track
    call with the same ``event_id``, since the platform records an event id once. ``event_id`` is None for
    ``create_embed_token``.
    """

    def __init__(self, message, code, status, event_id, attempts, retryable, details=None):
        super().__init__(message)
        self.code = code
        self.status = status
        self.event_id = event_id
        self.attempts = attempts
        self.retryable = retryable
        self.details = details


class Client:
    """A client for one app API key (``ae_live_…``) and its signing secret (``ae_sig_…``)."""

    def __init__(
        self,
        api_key,
        signing_secret,
        base_url,
        retries=3,
        timeout=10.0,
        backoff=0.5,
        urlopen=urllib.request.urlopen,
        sleep=time.sleep,
        now=time.time,
    ):
        if not api_key or not signing_secret or not base_url:
            raise ValueError("Client needs api_key, signing_secret and base_url")
        self.api_key = api_key
        self.signing_secret = signing_secret
        self.base_url = base_url.rstrip("/")
        self.retries = retries
        self.timeout = timeout
        self.backoff = backoff
        # Replaceable for tests: the HTTP call, the wait between retries and the clock.
        self._urlopen = urlopen
        self._sleep = sleep
        self._now = now
        # resolve_edition's answers by host: (edition or None, fresh until, etag).
        self._editions = {}

    def track_lead(self, **event):
        """A sign-up, trial or other unpaid step."""
        return self.track("lead", **event)

    def track_sale(self, **event):
        """A first payment: ``amount`` in integer minor units (cents) and its ISO 4217 ``currency``."""
        return self.track("sale", **event)

    def track_rebill(self, **event):
        """A subscription renewal, with ``amount`` and ``currency``."""
        return self.track("rebill", **event)

    def track_refund(self, **event):
        """Money back: name the sale by ``order_id`` (or ``customer_id``); without an amount, all of it."""
        return self.track("refund", **event)

    def track_cancel(self, **event):
        """The subscription ended; no money moves."""
        return self.track("cancel", **event)

    def track(self, type, event_id=None, **fields):
        """Sends one event; the fields are those of ``POST /api/v1/conversions``.

        ``event_id`` is the idempotency key (an order or invoice id); without one a UUID is made for this call.
        Timeouts, network errors and 5xx are retried with backoff, always with the same bytes and so the same
        event_id; a 4xx is never retried. Returns the API's answer (``duplicate`` is true for a repeat).
        """
        event = {"event_id": event_id or str(uuid.uuid4()), "type": type}
        event.update(fields)
        return self._send("/api/v1/conversions", event, "%s %s" % (type, event["event_id"]), event["event_id"])

    def create_embed_token(self, program_id, user, theme=None):
        """A 15-minute token that opens the embedded referral dashboard for one of your signed-in users.

        ``user`` is ``{"id": …, "email": …, "name": …}`` (name optional), the user of your app; ``theme`` is
        optional: ``primaryColor`` (#rrggbb), ``font``, ``mode`` (light, dark), ``locale`` (en, ru). Returns
        ``{"token", "expires_at", "url"}``: put ``url`` in an iframe. Retried like the track calls, and also on
        401 signature_replayed (an identical request signed in the same second): issuing has no effect beyond
        the token, so a retry after a lost answer costs only an unused token that expires on its own.
        """
        body = {"program_id": program_id, "user": user}
        if theme is not None:
            body["theme"] = theme
        return self._send("/api/v1/embed-tokens", body, "create_embed_token %s" % user.get("id"), None, True)

    def resolve_edition(self, host):
        """Which affiliate's branded edition ``host`` is: its id, affiliateRef, name, colours and plans; or None.

        None means no active edition is on that host: send the visitor to your main site. Answers (None too) are
        kept for as long as the API's ``Cache-Control: max-age`` allows; an expired one is revalidated with its
        ETag. Report the edition's conversions with ``edition=edition["id"]`` (or ``host=``).
        """
        key = host.strip().lower().rstrip(".").split(":")[0]
        cached = self._editions.get(key)
        if cached and cached[1] > self._now():
            return cached[0]
        path = "/api/v1/apps/editions/resolve?host=" + urllib.parse.quote(key, safe="")
        headers = {
            "Authorization": "Bearer " + self.api_key,
            SIGNATURE_HEADER: signature_header(self.signing_secret, int(self._now()), path),
        }
        if cached and cached[2]:
            headers["If-None-Match"] = cached[2]
        request = urllib.request.Request(self.base_url + path, method="GET", headers=headers)
        try:
            with self._urlopen(request, timeout=self.timeout) as response:
                status, answer, response_headers = response.status, _json(response.read()), response.headers
        except urllib.error.HTTPError as error:
            status, answer, response_headers = error.code, _json(error.read()), error.headers
        except (socket.timeout, TimeoutError, urllib.error.URLError, ConnectionError, OSError) as error:
            raise AffiliateEdgeError("resolve_edition %s: %s" % (key, error), "network_error", None, None, 1, True)
        match = _MAX_AGE.search((response_headers or {}).get("Cache-Control", "") or "")
        fresh_until = self._now() + (int(match.group(1)) if match else 0)
        if status == 304 and cached:
            self._remember(key, (cached[0], fresh_until, cached[2]))
            return cached[0]
        if status == 200:
            self._remember(key, (answer, fresh_until, (response_headers or {}).get("ETag")))
            return answer
        error = (answer or {}).get("error") if isinstance(answer, dict) else None
        if status == 404 and (error or {}).get("code") == "edition_not_found":
            self._remember(key, (None, fresh_until, None))
            return None
        raise AffiliateEdgeError(
            "resolve_edition %s: %d %s" % (key, status, (error or {}).get("message", "")),
            (error or {}).get("code", "unexpected_response"),
            status,
            None,
            1,
            status >= 500 or status == 429,
            (error or {}).get("details"),
        )

    def _remember(self, host, entry):
        self._editions.pop(host, None)
        self._editions[host] = entry
        if len(self._editions) > _MAX_CACHED_HOSTS:
            self._editions.pop(next(iter(self._editions)))

    def _send(self, path, payload, label, event_id, retry_replayed=False):
        """POSTs the same bytes, each attempt signed at a later second, until 200/201 or a final error."""
        body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        attempts = 0
        timestamp = 0
        while True:
            attempts += 1
            last = attempts > self.retries
            # Never the same second twice: two attempts must not be the same signed request.
            timestamp = max(int(self._now()), timestamp + 1)
            status, answer, failure = self._attempt(self.base_url + path, body, timestamp)
            if status in (200, 201):
                return answer
            error = (answer or {}).get("error") if isinstance(answer, dict) else None
            replayed = retry_replayed and (error or {}).get("code") == "signature_replayed"
            if status is None or status >= 500 or replayed:
                if not last:
                    self._sleep(self._delay(attempts))
                    continue
                code = failure or (error or {}).get("code") or "server_error"
                again = "send the same event_id again later" if event_id else "try again later"
                raise AffiliateEdgeError(
                    "%s: %s after %d attempts; %s" % (label, status or failure, attempts, again),
                    code,
                    status,
                    event_id,
                    attempts,
                    True,
                    (error or {}).get("details"),
                )
            raise AffiliateEdgeError(
                "%s: %d %s" % (label, status, (error or {}).get("message", "")),
                (error or {}).get("code", "unexpected_response"),
                status,
                event_id,
                attempts,
                status == 429,
                (error or {}).get("details"),
            )

    def _delay(self, retry):
        # Exponential backoff with equal jitter: half fixed, half random.
        ceiling = min(_MAX_BACKOFF_SECONDS, self.backoff * 2 ** (retry - 1))
        return ceiling / 2 + random.random() * ceiling / 2

    def _attempt(self, url, body, timestamp):
        """One signed POST. Returns (status, parsed body, failure kind)."""
        request = urllib.request.Request(
            url,
            data=body,
            method="POST",
            headers={
                "Authorization": "Bearer " + self.api_key,
                "Content-Type": "application/json",
                SIGNATURE_HEADER: signature_header(self.signing_secret, timestamp, body),
            },
        )
        try:
            with self._urlopen(request, timeout=self.timeout) as response:
                return response.status, _json(response.read()), None
        except urllib.error.HTTPError as error:
            return error.code, _json(error.read()), None
        except (socket.timeout, TimeoutError):
            return None, None, "timeout"
        except urllib.error.URLError as error:
            timed_out = isinstance(error.reason, (socket.timeout, TimeoutError))
            return None, None, "timeout" if timed_out else "network_error"
        except (ConnectionError, OSError):
            return None, None, "network_error"


def _json(raw):
    try:
        return json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None


class WebhookVerificationError(Exception):
    """``reason``: missing_headers, malformed, mismatch or expired."""

    def __init__(self, reason, message):
        super().__init__(message)
        self.reason = reason


def _header(headers, name):
    for key in headers.keys():
        if key.lower() == name:
            value = headers[key]
            return value[0] if isinstance(value, (list, tuple)) else value
    return None


def _webhook_key(secret):
    if not secret.startswith(_WEBHOOK_SECRET_PREFIX):
        raise ValueError("A webhook secret starts with whsec_")
    return base64.b64decode(secret[len(_WEBHOOK_SECRET_PREFIX):])


def verify_webhook(payload, headers, secret, tolerance_seconds=300, now=None):
    """Checks a Standard Webhooks delivery and returns its parsed body, or raises WebhookVerificationError.

    ``payload`` is the raw body (bytes or str) as received; ``headers`` any mapping (names in any case);
    ``secret`` the endpoint's ``whsec_…`` secret, or a list of them while you rotate it. The signature is
    checked before the time, so a stranger learns nothing of your clock. Dedupe on ``webhook-id``.
    """
    message_id = _header(headers, "webhook-id")
    timestamp = _header(headers, "webhook-timestamp")
    signatures = _header(headers, "webhook-signature")
    if not message_id or not timestamp or not signatures:
        raise WebhookVerificationError(
            "missing_headers", "webhook-id, webhook-timestamp and webhook-signature are required"
        )
    if not timestamp.isdigit() or len(timestamp) > 12:
        raise WebhookVerificationError("malformed", "webhook-timestamp is not unix seconds")
    body = payload.decode("utf-8") if isinstance(payload, (bytes, bytearray)) else payload
    message = ("%s.%s.%s" % (message_id, timestamp, body)).encode("utf-8")
    given = [s[3:] for s in signatures.split(" ") if s.startswith("v1,")]
    secrets = [secret] if isinstance(secret, str) else list(secret)
    matched = False
    for each in secrets:
        expected = base64.b64encode(hmac.new(_webhook_key(each), message, hashlib.sha256).digest()).decode("ascii")
        for signature in given:
            # compare_digest: constant time, so timing does not tell how much of a guess was right.
            if hmac.compare_digest(signature.encode("ascii", "replace"), expected.encode("ascii")):
                matched = True
    if not matched:
        raise WebhookVerificationError("mismatch", "No webhook-signature matches the body and the secret")
    current = int(time.time()) if now is None else now
    if abs(current - int(timestamp)) > tolerance_seconds:
        raise WebhookVerificationError("expired", "webhook-timestamp is outside the tolerance: a replay, or a wrong clock")
    return json.loads(body)
