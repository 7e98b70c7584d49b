"""Does mode's real entry (_schedule_shutdown) reach BoundedWorker's bound? (review57b R1 probe)"""
import asyncio, signal
import faust
import newswire.stream.shutdown as sd

calls = []
sd.exit_unfinished = lambda running, bound: calls.append((bound, running))

async def main():
    app = faust.App("probe", broker="kafka://127.0.0.1:9", store="memory://", web_enabled=False, autodiscover=False)
    worker = sd.BoundedWorker(app, loglevel="warning", quiet=True, redirect_stdouts=False, loop=asyncio.get_running_loop())
    worker.shutdown_timeout_s = 0.1
    async def stop():
        await asyncio.Event().wait()
    worker.stop = stop
    worker._schedule_shutdown(signal.SIGTERM)
    await asyncio.sleep(0.5)
    print("calls:", calls)

asyncio.run(main())
