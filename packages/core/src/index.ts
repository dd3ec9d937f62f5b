export { DomainError, type TDomainErrorCode } from "./errors";
export { inTransaction, type TActor, type TDb } from "./db";
export { recordAudit, type TAuditEntry } from "./audit/record-audit";
export { listAuditForEntity } from "./audit/list-audit";
export { listSkills, getSkill, listSkillCategories } from "./skills/list-skills";
export { createSkill, updateSkill, deleteSkill } from "./skills/change-skills";
export { skillNameKey } from "@xroi/validators";
export { listUsers, findUserById } from "./users/list-users";
export { createUser, setUserRole, setUserActive } from "./users/change-users";
