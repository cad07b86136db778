import { Controller, Get, Param } from '@nestjs/common';
import { orNotFound, UuidParam } from '../common/http-errors';
import { PostsService } from './posts.service';

@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Get(':id')
  async findOne(@Param('id', UuidParam) id: string) {
    return orNotFound(await this.posts.findOne(id), `post ${id}`);
  }
}
