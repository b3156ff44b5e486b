"""`acta run` as an operator starts it, against a fake Bot API: Telegram unreachable or refusing the
token said in one line, the token never logged, SIGTERM, and webhook mode."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys

from conftest import ROOT, write_config
from fake_telegram import FakeTelegram


def acta_run(tmp_path, tg: FakeTelegram, **env) -> subprocess.Popen:
    """`acta run --config bot.toml` as an operator starts it, the token in the environment."""
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": tg.token, "PYTHONUNBUFFERED": "1", **env}
    return subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(tmp_path / "bot.toml")],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stop(proc: subprocess.Popen) -> tuple[str, str]:
    """SIGTERM, as a service manager stops it: it must exit cleanly."""
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert 0 == proc.returncode, err
    return out, err


def test_acta_run_that_cannot_reach_telegram_says_so_in_one_line(tmp_path, seeded):
    import socket

    with socket.socket() as s:          # a port no one listens on: connection refused
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (tmp_path / "bot.toml").write_text(f'[storage]\ndb = "{seeded}"\n[telegram]\n'
                                       f'base_url = "http://127.0.0.1:{port}/bot"\n')
    token = "123456:SECRET-token"
    done = subprocess.run([sys.executable, "-m", "bot", "run", "--config", str(tmp_path / "bot.toml")],
                          env={**os.environ, "TELEGRAM_BOT_TOKEN": token}, cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert 1 == done.returncode
    starting, error = done.stderr.splitlines()
    assert "Starting the Telegram bot (polling); stop it with Ctrl-C." == starting
    assert error.startswith(f"Error: cannot reach the Telegram Bot API at 127.0.0.1:{port}: httpx.ConnectError")
    assert "SECRET" not in done.stderr + done.stdout


def test_acta_run_never_logs_the_token_an_error_page_echoes(tmp_path, seeded):
    """A proxy's or gateway's error page that repeats the request's path (/bot<token>/getMe): the
    library logs the page, with a traceback; the token is in neither."""
    import http.server
    import threading

    class EchoingError(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            body = f"<html>Internal error for {self.path}</html>".encode()
            self.send_response(500)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        do_GET = do_POST

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), EchoingError)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        (tmp_path / "bot.toml").write_text(f'[storage]\ndb = "{seeded}"\n[telegram]\n'
                                           f'base_url = "http://127.0.0.1:{server.server_port}/bot"\n')
        token = "123456:SECRET-token"
        done = subprocess.run([sys.executable, "-m", "bot", "run", "--config", str(tmp_path / "bot.toml")],
                              env={**os.environ, "TELEGRAM_BOT_TOKEN": token}, cwd=ROOT, capture_output=True,
                              text=True, timeout=60)
    finally:
        server.shutdown()
    assert 1 == done.returncode and "Internal error for /bot<token>/getMe" in done.stderr     # (the page was logged)
    assert "SECRET" not in done.stderr + done.stdout


def test_acta_run_with_a_token_telegram_refuses_says_so_in_one_line(tmp_path, seeded):
    with FakeTelegram.running() as tg:
        write_config(tmp_path, tg, seeded)
        proc = acta_run(tmp_path, tg, TELEGRAM_BOT_TOKEN="999:not-the-token")
        out, err = proc.communicate(timeout=60)
    assert 1 == proc.returncode
    assert ["Starting the Telegram bot (polling); stop it with Ctrl-C.",
            "Error: the Telegram Bot API refused the token in $TELEGRAM_BOT_TOKEN (The token `<token>` was rejected "
            "by the server.): check it with @BotFather"] == err.splitlines()


def test_acta_run_answers_and_stops_on_sigterm(tmp_path, seeded):
    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    with FakeTelegram.running() as tg:
        write_config(tmp_path, tg, db)
        proc = acta_run(tmp_path, tg)
        try:
            tg.wait_for_sync("getUpdates", timeout=30)
            tg.push_message("Quand aura lieu l'événement à Montevideo ?", user_id=11)
            tg.wait_for_sync("sendMessage", timeout=30)
            assert "Aida Noblia" in tg.sent_messages()[-1]["text"]
        finally:
            out, err = stop(proc)
        assert tg.token not in out + err


def test_webhook_mode_receives_updates_over_https_posts(tmp_path, seeded):
    import json
    import socket
    import time
    import urllib.request

    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with FakeTelegram.running() as tg:
        write_config(tmp_path, tg, db, mode="webhook", webhook_url="https://acta.example.org/hook",
                     listen="127.0.0.1", port=port)
        proc = acta_run(tmp_path, tg, TELEGRAM_WEBHOOK_SECRET="s3cret")
        try:
            (hook,) = tg.wait_for_sync("setWebhook", timeout=30)
            assert "https://acta.example.org/hook" == hook["url"] and "s3cret" == hook["secret_token"]
            update = tg.push_message("Quand aura lieu l'événement à Montevideo ?", user_id=11)
            request = urllib.request.Request(f"http://127.0.0.1:{port}/", data=json.dumps(update).encode(),
                                             headers={"Content-Type": "application/json",
                                                      "X-Telegram-Bot-Api-Secret-Token": "s3cret"})
            for _ in range(100):             # the webhook server may still be starting
                try:
                    urllib.request.urlopen(request, timeout=5)
                    break
                except OSError:
                    time.sleep(0.1)
            tg.wait_for_sync("sendMessage", timeout=30)
            assert "Aida Noblia" in tg.sent_messages()[-1]["text"]
        finally:
            stop(proc)
