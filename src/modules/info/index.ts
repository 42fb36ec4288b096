// Government information work (政务信息). Other modules use it only through what is exported here.
export { loadInfoDemo } from './demo.ts';
export {
  INSTRUCTION_RECORDED,
  type InstructionAnswer,
  type InstructionRecorded,
} from './info.events.ts';
export { infoModule } from './info.module.ts';
