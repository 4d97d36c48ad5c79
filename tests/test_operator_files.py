"""The files an operator reads: every setting is in .env.example (with its real default) and in
the README's settings table, and .env.example loads as it stands."""

import re
from pathlib import Path

import pytest

from careerbot.settings import ENV_PREFIX, Settings

ROOT = Path(__file__).resolve().parent.parent
NAMES = [ENV_PREFIX + name.upper() for name in Settings.model_fields]


def test_env_example_lists_every_setting_with_its_default() -> None:
    listed = dict(
        line.split("=", 1)
        for line in (ROOT / ".env.example").read_text().splitlines()
        if line and not line.startswith("#")
    )
    assert sorted(listed) == sorted(NAMES)
    for name, field in Settings.model_fields.items():
        value = listed[ENV_PREFIX + name.upper()]
        default = field.get_default(call_default_factory=False)
        if default is None or field.default_factory is not None or name == "admin_ids":
            assert value == "", f"{name}: empty means the default"
        elif isinstance(default, bool):
            assert value == str(default).lower(), name
        elif isinstance(default, float):
            assert float(value) == default, name
        else:
            assert value == str(default), name


def test_env_example_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text((ROOT / ".env.example").read_text())
    monkeypatch.chdir(tmp_path)
    assert Settings() == Settings(_env_file=None)  # type: ignore[call-arg]


def test_readme_settings_table_names_every_setting() -> None:
    table = "\n".join(
        line for line in (ROOT / "README.md").read_text().splitlines() if line.startswith("| `")
    )
    named = set(re.findall(r"`(CAREERBOT_[A-Z_]+)`", table))
    assert sorted(set(NAMES) - named) == []


def test_compose_runs_the_bot_with_redis_and_real_settings() -> None:
    import yaml

    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    bot, redis = compose["services"]["bot"], compose["services"]["redis"]
    assert bot["environment"]["CAREERBOT_STORAGE_URL"].startswith("redis://redis:")
    assert bot["depends_on"]["redis"]["condition"] == "service_healthy"
    assert "healthcheck" in redis
    assert set(bot["environment"]) <= set(NAMES)


def test_dockerfile_installs_dependencies_before_the_code() -> None:
    image = (ROOT / "Dockerfile").read_text().split("FROM ${BASE}\n")[-1]  # the final stage
    only_the_list = image.index("COPY --from=requirements /requirements.txt")
    dependencies = image.index("pip install -r")
    code = image.index("COPY --from=wheel")
    assert only_the_list < dependencies < code, "editing code must not re-install dependencies"
