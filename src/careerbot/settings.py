"""All deployment settings in one pydantic-settings class: `CAREERBOT_*` variables and `.env`."""

import re
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from careerbot.paths import shipped_dir

ENV_PREFIX = "CAREERBOT_"
# Telegram tokens look like "123456789:AA...": digits, a colon, then 30+ url-safe characters.
TOKEN_PATTERN = r"^\d{3,20}:[A-Za-z0-9_-]{30,}$"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(default_factory=lambda: shipped_dir("data"))
    intents_dir: Path = Field(default_factory=lambda: shipped_dir("intents"))

    # Matcher thresholds (0-100): answer at or above `answer_threshold`, offer "did you mean"
    # between the two, fall back below `suggest_threshold`.
    answer_threshold: float = Field(default=45.0, ge=0, le=100)
    suggest_threshold: float = Field(default=30.0, ge=0, le=100)
    # A career question that names no career (and none is being discussed) needs this much.
    cold_threshold: float = Field(default=60.0, ge=0, le=100)

    # Telegram
    bot_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_host: str = "0.0.0.0"
    webhook_port: int = Field(default=8080, ge=1, le=65535)
    webhook_path: str = "/webhook"
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    storage_url: str | None = None
    flood_rate: int = Field(default=20, ge=1, description="messages a user may send per window")
    flood_window: float = Field(default=60.0, gt=0, description="seconds")
    log_level: str = "INFO"

    # --- Delivery (issue 10): outbound pacing, exactly-once, bounded per-chat state ---------
    # Outbound limits, defaulting to Telegram's published ones (core.telegram.org/bots/faq):
    # about 30 messages/s per bot, about 1/s per private chat (short bursts allowed), about
    # 20/minute per group. With Redis the budget is shared by every replica.
    send_rate: float = Field(default=30.0, gt=0, description="messages per second, whole bot")
    send_rate_private: float = Field(default=1.0, gt=0, description="messages/s, one private chat")
    send_burst_private: int = Field(default=3, ge=1, description="back-to-back, one private chat")
    send_rate_group: float = Field(default=20.0, gt=0, description="messages/minute, one group")
    send_burst_group: int = Field(default=3, ge=1, description="back-to-back, one group")
    # A chat's stored context is forgotten after this many seconds idle (memory and Redis).
    conversation_ttl: float = Field(default=30 * 24 * 3600.0, gt=0, description="seconds")
    # Handled update_ids remembered so a re-delivered update is not answered twice.
    update_window: int = Field(default=10_000, ge=100, description="update ids")
    # Updates fetched by polling but not yet handled; beyond it polling waits (bounded memory).
    max_pending_updates: int = Field(default=1_000, ge=1, description="updates")
    # Pay charts drawn at once; further chart taps wait their turn.
    chart_concurrency: int = Field(default=2, ge=1, description="charts")
    # --- end of delivery settings -----------------------------------------------------------

    @field_validator("bot_token", mode="before")
    @classmethod
    def _token_shape(cls, value: object) -> object:
        if value in (None, ""):
            return None
        text = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
        if not re.match(TOKEN_PATTERN, text.strip()):
            # Never echo the value: it may be a real token with a typo.
            raise ValueError("does not look like a Telegram bot token (expected 123456:ABC...)")
        return text.strip()

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value


class SettingsError(Exception):
    """A bad setting, described in one line that names the variable (and never its value)."""


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        problems = []
        for item in error.errors():
            name = ENV_PREFIX + "_".join(str(part) for part in item["loc"]).upper()
            problems.append(f"{name}: {item['msg']}")
        raise SettingsError("; ".join(problems)) from None
