"""Tests of affiliate_edge.py: `python3 -m unittest discover -s sdk/python` (test/node/sdk-python.test.ts runs it)."""

import email.message
import io
import json
import os
import urllib.error
import threading
import time
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import affiliate_edge as ae

with open(os.path.join(os.path.dirname(__file__), "..", "signature-vectors.json"), encoding="utf-8") as f:
    VECTORS = json.load(f)

SECRET = "ae_sig_K7mQ2vX9pL4rT8wZ1nB6cF3hJ5dG0sYe"


class FakeApi:
    """A local HTTP server answering scripted replies in order: a status, "slow" (longer than the timeout), or
    "replayed" (401 signature_replayed, as POST /api/v1/embed-tokens answers a signed request it has seen)."""

    def __init__(self, replies):
        self.replies = list(replies)
        self.requests = []
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                api.requests.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
                reply = api.replies.pop(0) if api.replies else 201
                if reply == "slow":
                    time.sleep(2.0)
                    reply = 201
                event = json.loads(body)
                replayed = reply == "replayed"
                reply = 401 if replayed else reply
                if reply < 300 and self.path == "/api/v1/embed-tokens":
                    answer = {"token": "ae_embed_" + "a" * 40, "expires_at": "2026-01-01T00:15:00.000Z", "url": "u"}
                elif reply < 300:
                    answer = {"duplicate": reply == 200, "conversion": {"eventId": event["event_id"]}}
                else:
                    code = "signature_replayed" if replayed else "validation_failed" if reply == 400 else "internal"
                    answer = {"error": {"code": code, "message": "status %d" % reply, "details": []}}
                data = json.dumps(answer).encode()
                try:
                    self.send_response(reply)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout): nobody reads this answer

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = "http://127.0.0.1:%d" % self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def event_ids(self):
        return [json.loads(r["body"])["event_id"] for r in self.requests]


class ClientTest(unittest.TestCase):
    def client(self, replies, **options):
        self.api = FakeApi(replies)
        self.addCleanup(self.api.close)
        self.sleeps = []
        self.clock = [1767225600.0]

        def sleep(seconds):
            self.sleeps.append(seconds)
            self.clock[0] += seconds + 1

        # A whole second for an answer that is not "slow": a loaded CI machine can take a few hundred ms to
        # answer on loopback, and a timed-out second attempt would be a third request.
        settings = dict(retries=3, timeout=1.0, sleep=sleep, now=lambda: self.clock[0])
        settings.update(options)
        return ae.Client("ae_live_test", SECRET, self.api.url + "/", **settings)


class SignatureVectors(unittest.TestCase):
    def test_conversion_vectors(self):
        for v in VECTORS["conversions"]:
            with self.subTest(v["name"]):
                self.assertEqual(ae.sign_request(v["secret"], v["timestamp"], v["body"]), v["signature"])
                self.assertEqual(ae.sign_request(v["secret"], v["timestamp"], v["body"].encode()), v["signature"])
                self.assertEqual(ae.signature_header(v["secret"], v["timestamp"], v["body"]), v["header"])

    def test_webhook_vectors(self):
        for v in VECTORS["webhooks"]:
            with self.subTest(v["name"]):
                headers = {
                    "webhook-id": v["id"],
                    "webhook-timestamp": str(v["timestamp"]),
                    "webhook-signature": v["signature"],
                }
                event = ae.verify_webhook(v["body"], headers, v["secret"], now=v["timestamp"])
                self.assertEqual(event, json.loads(v["body"]))
                self.assertEqual(ae.verify_webhook(v["body"].encode(), headers, v["secret"], now=v["timestamp"]), event)


class Tracking(ClientTest):
    def test_signed_post_of_the_exact_bytes(self):
        client = self.client([201])
        answer = client.track_sale(event_id="order-1001", amount=4900, currency="USD", order_id="1001")
        self.assertEqual(answer["conversion"]["eventId"], "order-1001")
        [request] = self.api.requests
        self.assertEqual(request["path"], "/api/v1/conversions")
        self.assertEqual(
            json.loads(request["body"]),
            {"event_id": "order-1001", "type": "sale", "amount": 4900, "currency": "USD", "order_id": "1001"},
        )
        self.assertEqual(request["headers"]["authorization"], "Bearer ae_live_test")
        self.assertEqual(request["headers"]["content-type"], "application/json")
        self.assertEqual(request["headers"]["x-ae-signature"], ae.signature_header(SECRET, 1767225600, request["body"]))

    def test_each_type_and_a_generated_event_id(self):
        for method, kind in [
            ("track_lead", "lead"),
            ("track_rebill", "rebill"),
            ("track_refund", "refund"),
            ("track_cancel", "cancel"),
        ]:
            with self.subTest(method):
                client = self.client([201])
                getattr(client, method)(customer_id="cus_1")
                body = json.loads(self.api.requests[0]["body"])
                self.assertEqual(body["type"], kind)
                self.assertRegex(body["event_id"], r"^[0-9a-f-]{36}$")

    def test_non_ascii_is_sent_as_utf8(self):
        client = self.client([201])
        client.track_lead(event_id="lead-ru", metadata={"plan": "Подруга ✓"})
        self.assertIn("Подруга ✓".encode("utf-8"), self.api.requests[0]["body"])


class Retries(ClientTest):
    def test_5xx_is_retried_with_the_same_event_id_and_growing_waits(self):
        client = self.client([503, 500, 502, 201])
        client.track_lead()
        self.assertEqual(len(self.api.requests), 4)
        self.assertEqual(len(set(self.api.event_ids())), 1)
        self.assertEqual(len({r["body"] for r in self.api.requests}), 1)
        stamps = [int(r["headers"]["x-ae-signature"].split(",")[0][2:]) for r in self.api.requests]
        self.assertEqual(stamps, sorted(stamps))
        self.assertEqual(len(set(stamps)), 4)
        self.assertEqual(len(self.sleeps), 3)
        for i, seconds in enumerate(self.sleeps):
            self.assertGreaterEqual(seconds, 0.25 * 2**i)
            self.assertLessEqual(seconds, 0.5 * 2**i)

    def test_a_timeout_is_retried_with_the_same_event_id(self):
        client = self.client(["slow", 201])
        answer = client.track_sale(event_id="order-7", amount=100, currency="USD")
        self.assertEqual(answer["conversion"]["eventId"], "order-7")
        self.assertEqual(self.api.event_ids(), ["order-7", "order-7"])

    def test_a_refused_connection_is_retried_then_reported(self):
        client = ae.Client("ae_live_test", SECRET, "http://127.0.0.1:1", retries=2, sleep=lambda s: None)
        with self.assertRaises(ae.AffiliateEdgeError) as raised:
            client.track_lead(event_id="lead-down")
        self.assertEqual(raised.exception.code, "network_error")
        self.assertEqual(raised.exception.attempts, 3)
        self.assertTrue(raised.exception.retryable)

    def test_gives_up_after_the_retries_with_a_retryable_error(self):
        client = self.client([503, 503, 503], retries=2)
        with self.assertRaises(ae.AffiliateEdgeError) as raised:
            client.track_lead(event_id="lead-9")
        error = raised.exception
        self.assertEqual((error.status, error.event_id, error.attempts, error.retryable), (503, "lead-9", 3, True))
        self.assertEqual(len(self.api.requests), 3)

    def test_a_timeout_on_the_last_attempt(self):
        client = self.client(["slow", "slow"], retries=1)
        with self.assertRaises(ae.AffiliateEdgeError) as raised:
            client.track_lead(event_id="lead-10")
        self.assertEqual((raised.exception.code, raised.exception.status), ("timeout", None))

    def test_4xx_is_never_retried(self):
        for status in (400, 401, 403, 409, 413, 429):
            with self.subTest(status):
                client = self.client([status, 201])
                with self.assertRaises(ae.AffiliateEdgeError) as raised:
                    client.track_lead(event_id="lead-11")
                self.assertEqual(raised.exception.status, status)
                self.assertEqual(raised.exception.attempts, 1)
                self.assertEqual(raised.exception.retryable, status == 429)
                self.assertEqual(len(self.api.requests), 1)
                self.assertEqual(self.sleeps, [])

    def test_the_api_error_code_and_details_come_through(self):
        client = self.client([400])
        with self.assertRaises(ae.AffiliateEdgeError) as raised:
            client.track_lead(event_id="lead-12")
        self.assertEqual((raised.exception.code, raised.exception.details), ("validation_failed", []))


class EmbedTokens(ClientTest):
    USER = {"id": "user-42", "email": "anna@podruga.example", "name": "Анна"}

    def test_signed_post_of_the_program_user_and_theme(self):
        client = self.client([201])
        answer = client.create_embed_token("prog-1", self.USER, {"mode": "dark", "locale": "ru"})
        self.assertEqual(answer["token"], "ae_embed_" + "a" * 40)
        [request] = self.api.requests
        self.assertEqual(request["path"], "/api/v1/embed-tokens")
        self.assertEqual(
            json.loads(request["body"]),
            {"program_id": "prog-1", "user": self.USER, "theme": {"mode": "dark", "locale": "ru"}},
        )
        self.assertEqual(request["headers"]["authorization"], "Bearer ae_live_test")
        self.assertEqual(request["headers"]["x-ae-signature"], ae.signature_header(SECRET, 1767225600, request["body"]))

    def test_replayed_and_5xx_are_retried_each_at_a_later_second(self):
        client = self.client(["replayed", 503, 201])
        # A clock that stands still: only the client's own rule moves the timestamps on.
        client._sleep = self.sleeps.append
        client.create_embed_token("prog-1", self.USER)
        stamps = [int(r["headers"]["x-ae-signature"].split(",")[0][2:]) for r in self.api.requests]
        self.assertEqual(stamps, [1767225600, 1767225601, 1767225602])
        self.assertEqual(len({r["body"] for r in self.api.requests}), 1)

    def test_4xx_is_final_and_has_no_event_id(self):
        client = self.client([400, 201])
        with self.assertRaises(ae.AffiliateEdgeError) as raised:
            client.create_embed_token("prog-1", self.USER)
        error = raised.exception
        self.assertEqual((error.status, error.event_id, error.attempts, error.retryable), (400, None, 1, False))
        self.assertEqual(str(error), "create_embed_token user-42: 400 status 400")

    def test_gives_up_on_replays_after_the_retries(self):
        client = self.client(["replayed", "replayed"], retries=1)
        with self.assertRaises(ae.AffiliateEdgeError) as raised:
            client.create_embed_token("prog-1", self.USER)
        self.assertEqual((raised.exception.code, raised.exception.attempts), ("signature_replayed", 2))
        self.assertTrue(raised.exception.retryable)


class FakeResponse(io.BytesIO):
    def __init__(self, status, body, headers):
        super().__init__(body)
        self.status = status
        self.headers = headers


class Editions(unittest.TestCase):
    EDITION = {"id": "ed-1", "host": "alice.podruga.example", "name": "Alice's AI Friend", "version": 3}

    def client(self, replies):
        """A client whose urlopen answers `replies` in order: (status, max_age or None, etag or None, error code)."""
        self.requests = []
        self.clock = [1767225600.0]

        def urlopen(request, timeout):
            self.requests.append(request)
            status, max_age, etag, code = replies.pop(0)
            headers = email.message.Message()
            if max_age is not None:
                headers["Cache-Control"] = "private, max-age=%d" % max_age
            if etag:
                headers["ETag"] = etag
            body = json.dumps(self.EDITION if status == 200 else {"error": {"code": code, "message": "m"}}).encode()
            if status >= 400:
                raise urllib.error.HTTPError(request.full_url, status, "m", headers, io.BytesIO(body))
            return FakeResponse(status, body if status == 200 else b"", headers)

        return ae.Client("ae_live_test", SECRET, "https://track.example/", urlopen=urlopen, now=lambda: self.clock[0])

    def test_signed_get_cached_for_max_age_then_revalidated(self):
        client = self.client([(200, 60, 'W/"ed-1-3"', None), (304, 60, None, None)])
        self.assertEqual(client.resolve_edition("Alice.Podruga.Example"), self.EDITION)
        path = "/api/v1/apps/editions/resolve?host=alice.podruga.example"
        [request] = self.requests
        self.assertEqual(request.full_url, "https://track.example" + path)
        self.assertEqual(request.get_header("X-ae-signature"), ae.signature_header(SECRET, 1767225600, path))
        self.clock[0] += 59
        self.assertEqual(client.resolve_edition("alice.podruga.example"), self.EDITION)
        self.assertEqual(len(self.requests), 1)
        self.clock[0] += 2
        self.assertEqual(client.resolve_edition("alice.podruga.example"), self.EDITION)
        self.assertEqual(self.requests[1].get_header("If-none-match"), 'W/"ed-1-3"')

    def test_no_edition_is_none_and_other_errors_raise(self):
        client = self.client([(404, 30, None, "edition_not_found"), (401, None, None, "invalid_signature")])
        self.assertIsNone(client.resolve_edition("bob.podruga.example"))
        self.assertIsNone(client.resolve_edition("bob.podruga.example"))
        self.clock[0] += 31
        with self.assertRaises(ae.AffiliateEdgeError) as raised:
            client.resolve_edition("bob.podruga.example")
        self.assertEqual((raised.exception.code, raised.exception.retryable), ("invalid_signature", False))


class Webhooks(unittest.TestCase):
    first, second = VECTORS["webhooks"][0], VECTORS["webhooks"][1]

    def headers(self, v, signature=None):
        return {
            "webhook-id": v["id"],
            "webhook-timestamp": str(v["timestamp"]),
            "webhook-signature": signature or v["signature"],
        }

    def reason(self, **kwargs):
        arguments = dict(payload=self.first["body"], headers=self.headers(self.first), secret=self.first["secret"])
        arguments["now"] = self.first["timestamp"]
        arguments.update(kwargs)
        with self.assertRaises(ae.WebhookVerificationError) as raised:
            ae.verify_webhook(**arguments)
        return raised.exception.reason

    def test_rotation_and_header_case(self):
        both = self.second["signature"] + " " + self.first["signature"]
        upper = {k.upper(): [v] for k, v in self.headers(self.first, both).items()}
        secrets = [self.second["secret"], self.first["secret"]]
        self.assertTrue(ae.verify_webhook(self.first["body"], upper, secrets, now=self.first["timestamp"]))

    def test_refusals(self):
        self.assertEqual(self.reason(headers=self.headers(self.first, self.second["signature"])), "mismatch")
        self.assertEqual(self.reason(secret=self.second["secret"]), "mismatch")
        self.assertEqual(self.reason(payload=self.first["body"] + " "), "mismatch")
        self.assertEqual(self.reason(headers=self.headers(self.first, "v1,not base64!")), "mismatch")
        self.assertEqual(self.reason(now=self.first["timestamp"] + 301), "expired")
        self.assertEqual(self.reason(now=self.first["timestamp"] - 301), "expired")
        self.assertEqual(self.reason(headers={"webhook-id": "msg_1"}), "missing_headers")
        self.assertEqual(self.reason(headers=dict(self.headers(self.first), **{"webhook-timestamp": "1e9"})), "malformed")

    def test_the_edges_of_the_tolerance(self):
        for now in (self.first["timestamp"] - 300, self.first["timestamp"] + 300):
            ae.verify_webhook(self.first["body"], self.headers(self.first), self.first["secret"], now=now)


if __name__ == "__main__":
    unittest.main()
