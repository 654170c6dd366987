import { NativeConnection } from '@temporalio/worker';
import type { CaseActionRequest } from '@avrr/workflows';
import type { ReturnCaseEntity } from '@avrr/persistence';
import { TEST_USERS } from './access';
import { startStack, type TestStack } from './stack';

/**
 * For workflow specs that run a worker of their own (its own task queue, activities or sinks) beside the stack's:
 * the stack and a worker connection to its Temporal server, opened before the file's tests and closed after them.
 */
export function stackAndWorkerConnection(): { stack(): TestStack; connection(): NativeConnection } {
  let stack: TestStack;
  let connection: NativeConnection;
  beforeAll(async () => {
    stack = await startStack();
    connection = await NativeConnection.connect({ address: stack.config.temporal.address });
  });
  afterAll(async () => {
    await connection?.close();
    await stack?.close();
  });
  return { stack: () => stack, connection: () => connection };
}

/** The counselling of a case just opened, as the API sends it to the workflow's update. */
export function counsellingUpdate(entity: ReturnCaseEntity): CaseActionRequest {
  return {
    action: {
      type: 'record_counselling',
      heldOn: entity.createdAt.toISOString().slice(0, 10),
      language: 'fr',
      interpreter: null,
      optionsDiscussed: ['legal_stay', 'onward_migration', 'return'],
      countryInformationProvided: true,
      informedChoiceConfirmed: true,
    },
    actor: { id: entity.id, name: TEST_USERS.counsellor.displayName, role: 'counsellor' },
  };
}
