import net from 'node:net';

/** A free TCP port on loopback (the kernel picks one; the server binds it right after). */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => {
				resolve(port);
			});
		});
	});
}

/** Whether something accepts connections on `port` on loopback now. */
export function listening(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.end();
			resolve(true);
		});
		socket.once('error', () => {
			resolve(false);
		});
	});
}
