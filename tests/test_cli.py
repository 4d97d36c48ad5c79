"""The `careerbot` command as a person uses it: a real process, real stdin/stdout/exit codes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

TOKEN = "123456789:" + "A" * 35


def careerbot(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CAREERBOT_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "careerbot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        cwd=cwd,
        timeout=60,
    )


def test_ask_answers_in_plain_text() -> None:
    done = careerbot("ask", "what do libary technicians earn?")
    assert done.returncode == 0
    assert "$37,540" in done.stdout and "Source:" in done.stdout
    assert done.stderr == ""


def test_batch_contract_keeps_conversations_apart_and_in_order() -> None:
    lines = [
        {"chat": 1, "text": "what do library technicians earn?"},
        {"chat": "b", "text": "hi"},
        {"chat": 1, "text": "and what about growth?"},
        {"chat": "b", "text": "and what about growth?"},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\nwhat's the weather\n\n"
    done = careerbot("ask", "--jsonl", stdin=stdin)
    assert done.returncode == 0
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["chat"] for o in out] == [1, "b", 1, "b", "line-5"]
    assert set(out[0]) == {
        "chat",
        "intent",
        "intents",
        "occupations",
        "state",
        "score",
        "reason",
        "text",
    }
    assert out[0]["reason"] == "about_named"
    assert (out[0]["intent"], out[0]["occupations"]) == ("salary", ["25-4031"])
    assert (out[2]["intent"], out[2]["occupations"]) == ("outlook", ["25-4031"])
    assert out[3]["occupations"] == []  # chat "b" never named a career
    assert out[4]["intent"] == "fallback"
    assert all(0 <= o["score"] <= 100 and o["state"] is None for o in out)


def test_chat_keeps_context_and_numbers_pick() -> None:
    done = careerbot("chat", stdin="how much do they make?\n1\nand the duties?\nquit\n")
    assert done.returncode == 0
    assert "1. Library Technicians and Assistants" in done.stdout
    assert "$37,540" in done.stdout
    assert "Reserve, circulate, renew" in done.stdout


def test_validate_ok_and_broken(tmp_path: Path) -> None:
    ok = careerbot("validate")
    assert ok.returncode == 0 and "OK: 830 occupations" in ok.stdout
    data = tmp_path / "data" / "occupations"
    data.mkdir(parents=True)
    (data / "11-1111.yaml").write_text(yaml.safe_dump({"soc": "11-1111", "title": "X"}))
    broken = careerbot("validate", env={"CAREERBOT_DATA_DIR": str(tmp_path / "data")})
    assert broken.returncode == 1
    assert "11-1111.yaml: source: is required" in broken.stderr
    assert "Traceback" not in broken.stderr


def test_eval_reports_per_intent_accuracy() -> None:
    done = careerbot("eval", "tests/eval/dev/dialogues.jsonl")
    assert done.returncode == 0
    assert "salary" in done.stdout and "dialogues entirely right" in done.stdout
    too_high = careerbot("eval", "tests/eval/dev/dialogues.jsonl", "--min-accuracy", "100.1")
    assert too_high.returncode == 1


def test_run_without_token_points_to_chat() -> None:
    done = careerbot("run")
    assert done.returncode == 2
    assert "@BotFather" in done.stderr and "careerbot chat" in done.stderr


def test_bad_settings_name_the_variable_never_the_value() -> None:
    secret = "999:not-a-real-token-shape"
    done = careerbot("run", env={"CAREERBOT_BOT_TOKEN": secret})
    assert done.returncode == 2
    assert "CAREERBOT_BOT_TOKEN" in done.stderr and secret not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    port = careerbot("ask", "hi", env={"CAREERBOT_WEBHOOK_PORT": "seventy"})
    assert port.returncode == 2 and "CAREERBOT_WEBHOOK_PORT" in port.stderr


def test_chart_written_as_png(tmp_path: Path) -> None:
    out = tmp_path / "pay.png"
    done = careerbot("ask", "electrician vs plumber pay", "--chart", str(out))
    assert done.returncode == 0
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    none = careerbot("ask", "hi", "--chart", str(tmp_path / "no.png"))
    assert none.returncode == 1 and "no pay figures" in none.stderr


def test_ask_does_not_load_telegram_or_charts() -> None:
    code = (
        "import sys; from careerbot.cli import main; main(['ask', 'library tech pay']); "
        "print('aiogram' in sys.modules, 'matplotlib' in sys.modules, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stderr.strip() == "False False"


def test_env_folders_point_every_command_elsewhere(tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run(["cp", "-r", "data", str(data)], check=True)
    target = data / "occupations" / "25-4031.yaml"
    raw = yaml.safe_load(target.read_text())
    raw["median_salary"] = 99999
    target.write_text(yaml.safe_dump(raw))
    done = careerbot("ask", "library tech salary", env={"CAREERBOT_DATA_DIR": str(data)})
    assert "$99,999" in done.stdout


def test_validate_checks_the_state_figures(tmp_path: Path) -> None:
    data = tmp_path / "data"
    subprocess.run(["cp", "-r", "data", str(data)], check=True)
    (data / "oews" / "states.csv").write_text("state,soc\nTX,29-1141\n")
    done = careerbot("validate", env={"CAREERBOT_DATA_DIR": str(data)})
    assert done.returncode == 1
    assert "states.csv: unexpected columns state,soc" in done.stderr


def test_batch_record_without_text_keeps_its_conversation() -> None:
    done = careerbot("ask", "--jsonl", stdin='{"chat": "x"}\n{"chat": 2, "text": 5}\n')
    assert done.returncode == 0
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["chat"] for o in out] == ["x", 2]
    assert all(o["intent"] == "fallback" and o["text"] for o in out)
