import { ConflictException, Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError, type Role } from '@avrr/domain';
import {
  AccountsRepository,
  hashPassword,
  OfficeEntity,
  PartnerOrganisationEntity,
  UserAccountEntity,
} from '@avrr/persistence';
import { AuditService } from '../audit/audit.service';
import { RequestValidationError } from '../common/request-validation.error';
import {
  CreateOfficeDto,
  CreatePartnerOrganisationDto,
  CreateUserDto,
  UpdateUserDto,
  UserListQuery,
  UserPage,
  UserView,
} from './admin.dto';
import { SessionCheck } from '../auth/session-check';

const OFFICE_ROLES: readonly Role[] = ['counsellor', 'logistics_officer', 'supervisor'];
const UNIQUE_VIOLATION = '23505';

/** Users, offices and partner organisations, kept by administrators. */
@Injectable()
export class AdminService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionCheck,
    private readonly audit: AuditService,
  ) {}

  async createOffice(dto: CreateOfficeDto): Promise<OfficeEntity> {
    return this.unique(
      () =>
        this.audit.writeAudited(async (em) => {
          // insert, not save: the code is the key, and save would overwrite an existing office with it.
          const office = em.create(OfficeEntity, dto);
          await em.insert(OfficeEntity, office);
          return office;
        }),
      'office_exists',
      `Office ${dto.code} exists already.`,
    );
  }

  listOffices(): Promise<OfficeEntity[]> {
    return this.accounts.offices.find({ order: { code: 'ASC' } });
  }

  async createPartnerOrganisation(dto: CreatePartnerOrganisationDto): Promise<PartnerOrganisationEntity> {
    return this.unique(
      () =>
        this.audit.writeAudited((em) => em.save(PartnerOrganisationEntity, em.create(PartnerOrganisationEntity, dto))),
      'partner_organisation_exists',
      `A partner organisation named ${dto.name} exists already.`,
    );
  }

  listPartnerOrganisations(): Promise<PartnerOrganisationEntity[]> {
    return this.accounts.partnerOrganisations.find({ order: { name: 'ASC' } });
  }

  async createUser(dto: CreateUserDto): Promise<UserView> {
    const assignment = await this.checkAssignment(dto.role, dto.offices ?? [], dto.partnerOrganisationId ?? null);
    const user = this.accounts.users.create({
      email: dto.email.toLowerCase(),
      displayName: dto.displayName,
      passwordHash: await hashPassword(dto.password),
      // The administrator chose it and hands it over: the person replaces it at their first sign-in.
      mustChangePassword: true,
      role: dto.role,
      ...assignment,
    });
    return toUserView(
      await this.unique(
        () => this.audit.writeAudited((em) => em.save(UserAccountEntity, user)),
        'user_exists',
        `A user with email ${dto.email} exists already.`,
      ),
    );
  }

  async listUsers(query: UserListQuery): Promise<UserPage> {
    const { q, role, state, limit, cursor } = query;
    // One more than the page, to know whether there is a next one.
    const found = await this.accounts.listUsers(
      { text: q, role, state },
      limit + 1,
      cursor === undefined ? undefined : decodeUserCursor(cursor),
    );
    const items = found.users.slice(0, limit).map(toUserView);
    const more = found.users.length > limit;
    return {
      items,
      total: found.total,
      locked: found.locked,
      nextCursor: more ? Buffer.from(items[items.length - 1].email).toString('base64url') : null,
    };
  }

  async updateUser(id: string, dto: UpdateUserDto): Promise<UserView> {
    const user = await this.accounts.users.findOne({ where: { id } });
    if (!user) throw new DomainError('user_not_found', `No user ${id}.`);
    const role = dto.role ?? user.role;
    const assignment = await this.checkAssignment(
      role,
      dto.offices ?? (dto.role && !OFFICE_ROLES.includes(dto.role) ? [] : user.offices),
      dto.partnerOrganisationId !== undefined
        ? dto.partnerOrganisationId
        : role === 'partner_focal_point'
          ? user.partnerOrganisationId
          : null,
    );
    Object.assign(user, {
      role,
      ...assignment,
      ...(dto.displayName !== undefined ? { displayName: dto.displayName } : {}),
      ...(dto.active !== undefined ? { active: dto.active } : {}),
      ...(dto.password !== undefined
        ? {
            passwordHash: await hashPassword(dto.password),
            mustChangePassword: true,
            failedLogins: 0,
            lockedUntil: null,
          }
        : {}),
    });
    const saved = await this.audit.writeAudited((em) => em.save(UserAccountEntity, user));
    // A new password, a disabled account or new rights: existing sessions end (access tokens expire within minutes).
    if (
      dto.password !== undefined ||
      dto.active === false ||
      dto.role !== undefined ||
      dto.offices !== undefined ||
      dto.partnerOrganisationId !== undefined
    ) {
      await this.sessions.revoked(await this.accounts.revokeAllForUser(id));
    }
    return toUserView(saved);
  }

  /** Lets a locked-out user try again at once; whoever knows the password signs in as before. */
  async unlockUser(id: string): Promise<UserView> {
    const user = await this.accounts.users.findOne({ where: { id } });
    if (!user) throw new DomainError('user_not_found', `No user ${id}.`);
    Object.assign(user, { failedLogins: 0, lockedUntil: null });
    return toUserView(await this.audit.writeAudited((em) => em.save(UserAccountEntity, user)));
  }

  /** Office roles need known offices; a partner focal point needs an organisation; other roles have neither. */
  private async checkAssignment(role: Role, offices: string[], partnerOrganisationId: string | null) {
    const violations: Array<{ field: string; reason: string }> = [];
    if (OFFICE_ROLES.includes(role)) {
      if (offices.length === 0)
        violations.push({ field: 'offices', reason: `a ${role.replace(/_/g, ' ')} needs at least one office` });
      const missing = await this.accounts.missingOffices(offices);
      if (missing.length) violations.push({ field: 'offices', reason: `unknown offices: ${missing.join(', ')}` });
    } else if (offices.length) {
      violations.push({ field: 'offices', reason: `a ${role.replace(/_/g, ' ')} has no office` });
    }
    if (role === 'partner_focal_point') {
      if (!partnerOrganisationId)
        violations.push({ field: 'partnerOrganisationId', reason: 'a partner focal point needs an organisation' });
      else if (!(await this.accounts.partnerOrganisations.existsBy({ id: partnerOrganisationId }))) {
        violations.push({ field: 'partnerOrganisationId', reason: 'no such partner organisation' });
      }
    } else if (partnerOrganisationId) {
      violations.push({
        field: 'partnerOrganisationId',
        reason: 'only a partner focal point belongs to a partner organisation',
      });
    }
    if (violations.length) throw new RequestValidationError(violations);
    return { offices, partnerOrganisationId };
  }

  private async unique<T>(save: () => Promise<T>, code: string, message: string): Promise<T> {
    try {
      return await save();
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new ConflictException({ code, message });
      }
      throw error;
    }
  }
}

export function toUserView(u: UserAccountEntity): UserView {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    offices: u.offices,
    partnerOrganisationId: u.partnerOrganisationId,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
  };
}

/** The cursor is the last email of the page before (emails are unique and the list is in email order). */
function decodeUserCursor(raw: string): string {
  const email = Buffer.from(raw, 'base64url').toString('utf8');
  if (!email.includes('@') || Buffer.from(email).toString('base64url') !== raw) {
    throw new RequestValidationError([{ field: 'cursor', reason: 'is not a cursor this service issued' }]);
  }
  return email;
}
