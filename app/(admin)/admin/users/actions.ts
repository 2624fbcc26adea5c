"use server";

import { getDb } from "@/lib/db";
import { AREA_ROLES } from "@/lib/schemas/access";
import { changeUserRoleBodySchema, createUserBodySchema, resetUserPasswordBodySchema, setUserActiveBodySchema } from "@/lib/schemas/users";
import { authorizedAction } from "@/lib/server/http/server-action";
import { resetUserPassword } from "@/lib/server/users/account-passwords";
import { changeUserRole, createUser, setUserActive } from "@/lib/server/users/manage-users";

export const createUserAction = authorizedAction({ schema: createUserBodySchema, roles: AREA_ROLES.administration }, async (body, user) =>
  createUser({ db: getDb(), body, actorId: user.id }),
);

export const changeUserRoleAction = authorizedAction(
  { schema: changeUserRoleBodySchema, roles: AREA_ROLES.administration },
  async (body, user) => changeUserRole({ db: getDb(), userId: body.userId, role: body.role, actorId: user.id }),
);

export const setUserActiveAction = authorizedAction(
  { schema: setUserActiveBodySchema, roles: AREA_ROLES.administration },
  async (body, user) => setUserActive({ db: getDb(), userId: body.userId, active: body.active, actorId: user.id }),
);

export const resetUserPasswordAction = authorizedAction(
  { schema: resetUserPasswordBodySchema, roles: AREA_ROLES.administration },
  async (body, user) => resetUserPassword({ db: getDb(), userId: body.userId, actorId: user.id }),
);
