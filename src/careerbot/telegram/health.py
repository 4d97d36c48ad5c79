"""Health checks for orchestrators, in both modes: GET /healthz answers while the process is up
(liveness); GET /readyz answers 200 only while the conversation storage can be reached
(readiness), else 503 with a one-line reason. Served on CAREERBOT_HEALTH_PORT; in webhook mode
also on the webhook's own port."""

from aiogram.fsm.storage.base import BaseStorage
from aiohttp import web

from careerbot.telegram.storage import StorageUnavailable, check_storage

HEALTH_PATH = "/healthz"
READY_PATH = "/readyz"


def add_health_routes(app: web.Application, storage: BaseStorage) -> None:
    async def healthz(_: web.Request) -> web.Response:
        return web.Response(text="ok")

    async def readyz(_: web.Request) -> web.Response:
        try:
            await check_storage(storage)
        except StorageUnavailable as error:
            return web.Response(status=503, text=str(error))
        return web.Response(text="ready")

    app.router.add_get(HEALTH_PATH, healthz)
    app.router.add_get(READY_PATH, readyz)


async def start_health_server(host: str, port: int, storage: BaseStorage) -> web.AppRunner:
    """Serve the health routes on host:port; the caller cleans the runner up."""
    app = web.Application()
    add_health_routes(app, storage)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0, handle_signals=False)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner
