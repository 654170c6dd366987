import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'counsellor@demo.avrr.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'demo-password-1' })
  @IsString()
  @Length(1, 200)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The refresh token from sign-in or the last refresh; each can be used once.' })
  @IsString()
  @Length(20, 200)
  refreshToken: string;
}

export class SessionUserView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() role: string;
  @ApiProperty({ type: [String] }) offices: string[];
  @ApiProperty({ type: [String], description: 'Countries of return of a partner’s organisation.' }) countries: string[];
}

export class SessionView {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ description: 'Seconds until the access token expires.' }) expiresIn: number;
  @ApiProperty({ type: SessionUserView }) user: SessionUserView;
}
