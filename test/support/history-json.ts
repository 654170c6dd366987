import * as path from 'node:path';
import * as proto from '@temporalio/proto';
import { patchProtobufRoot } from '@temporalio/proto/lib/patch-protobuf-root';
import * as sdk from '@temporalio/common/lib/proto-utils';
import type { PayloadCodec } from '@temporalio/common';
import { ENCRYPTED_ENCODING } from '@avrr/temporal';

export type History = sdk.History;

/*
 * Temporal's own historyToJSON / historyFromJSON (@temporalio/common/lib/proto-utils), with a fallback for the
 * install this repository has today: npm placed three separate copies of protobufjs 8.8.1 under @temporalio/common,
 * @temporalio/proto and @temporalio/worker (the top-level protobufjs is 7.6.6, for @nestjs/terminus →
 * @grpc/proto-loader). The SDK converts with the protojson of @temporalio/common's copy, which checks
 * `type instanceof Type` against its own copy's Type, while the history type was built by @temporalio/proto's copy, so
 * both functions throw "type must be a Type" whatever the history. The fallback does the same conversion with the
 * protojson of the copy that built the types. It only handles canonical ProtoJSON (as historyToJSON and
 * `temporal workflow show --output json` write it), not the older enum spellings the SDK's reader also accepts.
 * Once the install has a single protobufjs 8, the SDK's functions are used and this fallback is dead code.
 */

type ProtoJson = {
  toJson(type: unknown, message: unknown): unknown;
  fromJson(type: unknown, json: unknown, options?: unknown): unknown;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const protojson: ProtoJson = require(
  require.resolve('protobufjs/ext/protojson', { paths: [path.dirname(require.resolve('@temporalio/proto'))] }),
);
const historyType = (patchProtobufRoot(proto) as any).lookupType('temporal.api.history.v1.History');

const isDuplicateProtobufError = (error: unknown) =>
  error instanceof TypeError && error.message === 'type must be a Type';

/** A history (as fetchHistory returns it) as Temporal's JSON history format. */
export function historyToJSON(history: History): string {
  try {
    return sdk.historyToJSON(history);
  } catch (error) {
    if (!isDuplicateProtobufError(error)) throw error;
    return JSON.stringify(
      protojson.toJson(historyType, proto.temporal.api.history.v1.History.fromObject(history)),
      null,
      2,
    );
  }
}

/** A history read from Temporal's JSON history format, ready for Worker.runReplayHistory. */
export function historyFromJSON(json: unknown): History {
  try {
    return sdk.historyFromJSON(json);
  } catch (error) {
    if (!isDuplicateProtobufError(error)) throw error;
    const history = protojson.fromJson(historyType, json, { ignoreUnknownFields: true }) as History | null;
    if (!history) throw new TypeError('Invalid history');
    return history;
  }
}

/**
 * A history in JSON form with every payload the service's codec sealed opened again (payloads are
 * `{ metadata: { encoding: <base64> }, data: <base64> }` there), so that a committed history needs no keys to replay.
 */
export async function openSealedPayloads(json: unknown, codec: PayloadCodec): Promise<unknown> {
  if (Array.isArray(json)) return Promise.all(json.map((item) => openSealedPayloads(item, codec)));
  if (json === null || typeof json !== 'object') return json;
  const node = json as { metadata?: Record<string, string>; data?: string };
  if (
    node.metadata?.encoding &&
    Buffer.from(node.metadata.encoding, 'base64').toString('utf8') === ENCRYPTED_ENCODING
  ) {
    const [opened] = await codec.decode([
      {
        metadata: Object.fromEntries(Object.entries(node.metadata).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
        data: Buffer.from(node.data ?? '', 'base64'),
      },
    ]);
    return {
      metadata: Object.fromEntries(
        Object.entries(opened.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')]),
      ),
      data: Buffer.from(opened.data ?? new Uint8Array()).toString('base64'),
    };
  }
  const entries = await Promise.all(
    Object.entries(json as Record<string, unknown>).map(async ([k, v]) => [k, await openSealedPayloads(v, codec)]),
  );
  return Object.fromEntries(entries);
}

/** The activity type a local activity's marker records (core writes the marker's data as plain JSON), if it is one. */
export function localActivityType(event: NonNullable<History['events']>[number]): string | undefined {
  const marker = event.markerRecordedEventAttributes;
  if (marker?.markerName !== 'core_local_activity') return undefined;
  const data = JSON.parse(Buffer.from(marker.details!.data!.payloads![0].data!).toString('utf8'));
  return data.activity_type ?? data.activityType;
}

/** The id of the patch a `patched()` marker event records. */
export function patchId(event: NonNullable<History['events']>[number]): string | undefined {
  const marker = event.markerRecordedEventAttributes;
  if (marker?.markerName !== 'core_patch') return undefined;
  const data = JSON.parse(Buffer.from(marker.details!['patch-data'].payloads![0].data!).toString('utf8'));
  return data.id;
}
